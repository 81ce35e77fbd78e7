import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reviewer's decision as given: report.review holds the lists the reviews
 * of a report set (`{"violations": [...], "perpetrators": [...]}`, either
 * absent when no review set it), and re-categorisation under a new taxonomy
 * version applies it again over the rules' new findings. The findings marked
 * REVIEWER could not stand for it: a reviewer who cleared the perpetrators
 * left none, so the next re-categorisation put the rules' back. Codes only.
 * Back-filled from the REVIEWER findings of reports reviewed before (an
 * empty perpetrator list a reviewer set then cannot be told from none set).
 */
export class ReportReview1763800900000 implements MigrationInterface {
  name = 'ReportReview1763800900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report ADD COLUMN review jsonb`);
    await q.query(`ALTER TABLE report ADD CONSTRAINT report_review_chk CHECK (review IS NULL OR jsonb_typeof(review) = 'object')`);
    await q.query(`
      UPDATE report SET review = jsonb_strip_nulls(jsonb_build_object(
          'violations', (SELECT jsonb_agg(v->>'type') FROM jsonb_array_elements(violations) v WHERE v->>'source' = 'REVIEWER'),
          'perpetrators', (SELECT jsonb_agg(p->>'type') FROM jsonb_array_elements(perpetrators) p WHERE p->>'source' = 'REVIEWER')))
       WHERE violations @> '[{"source": "REVIEWER"}]' OR perpetrators @> '[{"source": "REVIEWER"}]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report DROP COLUMN review`);
  }
}
