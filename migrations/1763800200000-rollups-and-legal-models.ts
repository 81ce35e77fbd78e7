import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trend rollups and the legal model of each jurisdiction.
 *
 * Rollups hold, per cell, the number of reports and the sum of their secret
 * record keys (for cell-key perturbation). Four tables so that totals count
 * each report once while a report with two violation types (or two
 * perpetrator types) counts once in each: rollup_report (one row per report),
 * rollup_violation, rollup_perpetrator and rollup_violation_perpetrator.
 * Unknown values are stored as '' so they can be part of the primary key.
 *
 * report.rollup records exactly what a report contributed, so withdrawal and
 * re-categorisation reverse it even if reference data changed in between.
 *
 * jurisdiction_legal_model: one row per jurisdiction (country, and
 * subdivision where the law differs, '' for the whole country) and the month
 * from which a legal model applies, each with its source. To add or correct
 * rows, write a new migration that inserts them (see README, "Legal models").
 */
export class RollupsAndLegalModels1763800200000 implements MigrationInterface {
  name = 'RollupsAndLegalModels1763800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report ADD COLUMN rollup jsonb`);

    await q.query(`
      CREATE TABLE jurisdiction_legal_model (
        country_code char(2) NOT NULL,
        region_code text NOT NULL DEFAULT '',
        applies_from char(7) NOT NULL,
        legal_model text NOT NULL,
        source text NOT NULL,
        note text,
        CONSTRAINT jurisdiction_legal_model_pkey PRIMARY KEY (country_code, region_code, applies_from),
        CONSTRAINT jurisdiction_legal_model_legal_model_chk CHECK (legal_model IN
          ('FULL_CRIMINALISATION', 'PARTIAL_CRIMINALISATION', 'CLIENT_CRIMINALISATION', 'REGULATION', 'DECRIMINALISATION')),
        CONSTRAINT jurisdiction_legal_model_applies_from_chk CHECK (applies_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        CONSTRAINT jurisdiction_legal_model_source_chk CHECK (char_length(source) > 10)
      )`);

    const base = `
        month char(7) NOT NULL,
        country_code char(2) NOT NULL,
        region_code text NOT NULL,
        legal_model text NOT NULL,
        work_setting text NOT NULL,
        reported_to_police text NOT NULL,
        safeguarding boolean NOT NULL`;
    const counts = `
        report_count integer NOT NULL,
        key_sum bigint NOT NULL`;
    const keyColumns = 'month, country_code, region_code, legal_model, work_setting, reported_to_police, safeguarding';
    await q.query(`CREATE TABLE rollup_report (${base}, ${counts},
        CONSTRAINT rollup_report_pkey PRIMARY KEY (${keyColumns}))`);
    await q.query(`CREATE TABLE rollup_violation (${base}, violation text NOT NULL, ${counts},
        CONSTRAINT rollup_violation_pkey PRIMARY KEY (${keyColumns}, violation))`);
    await q.query(`CREATE TABLE rollup_perpetrator (${base}, perpetrator text NOT NULL, ${counts},
        CONSTRAINT rollup_perpetrator_pkey PRIMARY KEY (${keyColumns}, perpetrator))`);
    await q.query(`CREATE TABLE rollup_violation_perpetrator (${base}, violation text NOT NULL, perpetrator text NOT NULL, ${counts},
        CONSTRAINT rollup_violation_perpetrator_pkey PRIMARY KEY (${keyColumns}, violation, perpetrator))`);
    for (const table of ['rollup_report', 'rollup_violation', 'rollup_perpetrator', 'rollup_violation_perpetrator']) {
      await q.query(`CREATE INDEX ${table}_country_month_idx ON ${table} (country_code, month)`);
    }

    // Seed data: each row cites its source. Months are when the law took effect.
    const rows: [string, string, string, string, string, string | null][] = [
      ['AR', '', '1936-12', 'PARTIAL_CRIMINALISATION',
        'Argentina, Ley 12.331 de Profilaxis de Enfermedades Venéreas (1936), arts. 15 and 17 (brothels prohibited); Penal Code arts. 125 bis-127 (promotion and facilitation); Amnesty International, AMR 13/4042/2016',
        'Selling sex is legal; brothels and "promotion" are criminalised.'],
      ['AR', 'AR-C', '2004-09', 'PARTIAL_CRIMINALISATION',
        'Ciudad Autónoma de Buenos Aires, Código Contravencional (Ley 1472, 2004), art. 81 "oferta y demanda ostensible de servicios sexuales"; Amnesty International, "What I\'m doing is not a crime", AMR 13/4042/2016',
        'Public-order offence of "ostentatious" offer in public space, on top of the national regime.'],
      ['HK', '', '1972-01', 'PARTIAL_CRIMINALISATION',
        'Hong Kong Crimes Ordinance (Cap. 200), ss. 137-147 (soliciting, living on earnings, keeping a vice establishment); Amnesty International, "Harmfully isolated", ASA 17/4032/2016',
        'Selling sex alone is legal; working together makes premises a "vice establishment".'],
      ['NO', '', '1902-05', 'PARTIAL_CRIMINALISATION',
        'Norway, Straffeloven 1902 § 206 (hallikvirksomhet, third-party involvement) as in force before 2009; Amnesty International, "The human cost of crushing the market", EUR 36/4034/2016',
        'Before 2009: buying and selling legal, organisation by third parties criminalised.'],
      ['NO', '', '2009-01', 'CLIENT_CRIMINALISATION',
        'Norway, Straffeloven § 202a (in force 1 January 2009; § 316 of the Penal Code 2005 from October 2015); Amnesty International, EUR 36/4034/2016',
        'Buying sex criminalised; "promotion" (including renting premises) remains criminalised.'],
      ['PG', '', '1977-01', 'FULL_CRIMINALISATION',
        'Papua New Guinea, Summary Offences Act 1977 s. 55 (living on earnings) and Criminal Code Act 1974 ss. 229-231; Amnesty International, "Outlawed and abused", ASA 34/4030/2016',
        'Selling and buying sex and third-party involvement criminalised.'],
      ['NZ', '', '2003-06', 'DECRIMINALISATION',
        'New Zealand, Prostitution Reform Act 2003 (Public Act 2003 No 28), in force 27 June 2003',
        'Sex work decriminalised and regulated through general labour and health-and-safety law; migrants on temporary visas excluded (s. 19).'],
      ['SE', '', '1999-01', 'CLIENT_CRIMINALISATION',
        'Sweden, Lag (1998:408) om förbud mot köp av sexuella tjänster, in force 1 January 1999 (now Brottsbalken 6 kap. 11 §)',
        null],
      ['FR', '', '2016-04', 'CLIENT_CRIMINALISATION',
        'France, Loi n° 2016-444 du 13 avril 2016 visant à renforcer la lutte contre le système prostitutionnel',
        null],
      ['CA', '', '2014-12', 'CLIENT_CRIMINALISATION',
        'Canada, Protection of Communities and Exploited Persons Act (S.C. 2014, c. 25), in force 6 December 2014',
        null],
      ['DE', '', '2002-01', 'REGULATION',
        'Germany, Prostitutionsgesetz (ProstG) of 20 December 2001, in force 1 January 2002; licensing under the Prostituiertenschutzgesetz (ProstSchG) from 1 July 2017',
        null],
      ['NL', '', '2000-10', 'REGULATION',
        'Netherlands, Wet opheffing algemeen bordeelverbod (Staatsblad 1999, 464), in force 1 October 2000; municipal licensing',
        null],
    ];
    for (const row of rows) {
      await q.query(
        `INSERT INTO jurisdiction_legal_model (country_code, region_code, applies_from, legal_model, source, note)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        row,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['rollup_violation_perpetrator', 'rollup_perpetrator', 'rollup_violation', 'rollup_report', 'jurisdiction_legal_model']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE report DROP COLUMN rollup`);
  }
}
