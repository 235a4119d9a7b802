import { suggest } from '../../../model/suggest.js';
import { defineRule } from '../rule.js';

export const followUpMeasureCoverage = defineRule({
  id: 'follow-up/measure-coverage',
  description: {
    sv: 'En rapporterad uppföljning ger status för varje åtgärd i överenskommelsen.',
    en: 'A reported follow-up gives a status for every measure of the agreement.',
  },
  severity: 'warning',
  appliesTo: ['follow_up'],
  messages: {
    missing: {
      message: {
        sv: 'Uppföljningen saknar status för åtgärden "{measure}"',
        en: 'The follow-up has no status for the measure "{measure}"',
      },
      hint: {
        sv: 'Lägg till "- measure: {measure}" under measures med en status: done, ongoing, not_started, postponed eller cancelled.',
        en: 'Add "- measure: {measure}" under measures with a status: done, ongoing, not_started, postponed or cancelled.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Kommunstyrelsen och lokalpolisområdeschefen ska se läget för alla åtgärder; en åtgärd som saknas i rapporten faller lätt bort.',
      en: 'The executive board and the police area chief should see the state of every measure; one missing from the report is easily forgotten.',
    },
    wrong: 'reported_on: 2025-03-20\nmeasures:\n  - measure: at-vandring\n    status: done',
    right: 'reported_on: 2025-03-20\nmeasures:\n  - measure: at-vandring\n    status: done\n  - measure: at-belysning\n    status: ongoing',
  },
  check({ data }, { report, repository }) {
    // An unreported follow-up is work in progress; gaps are expected until it is reported.
    if (data.reported_on === undefined) return;
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const given = new Set((data.measures ?? []).map((m) => m.measure));
    // A misspelt measure is reference/measure's finding, whose did-you-mean names the measure it
    // meant: that one is not missing as well.
    const known = repository.items(agreement.data).measures;
    const meant = new Set([...given].filter((id) => !known.has(id)).map((id) => suggest(id, known)));
    const pointer = data.measures === undefined ? '/reported_on' : '/measures';
    for (const { measure } of repository.measures(agreement.data)) {
      if (!given.has(measure.id) && !meant.has(measure.id)) report({ messageId: 'missing', pointer, data: { measure: measure.id } });
    }
  },
});
