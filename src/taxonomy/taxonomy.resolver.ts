import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../access/access.decorators';
import { getTaxonomy } from './taxonomy.data';
import { Taxonomy } from './taxonomy.types';

@Resolver()
export class TaxonomyResolver {
  @Public()
  @Query(() => Taxonomy, { description: 'The violation taxonomy the service categorises against (public)' })
  violationTaxonomy(): Taxonomy {
    return getTaxonomy();
  }
}
