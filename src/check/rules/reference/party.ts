import { defineRule } from '../rule.js';

export const referenceParty = defineRule({
  id: 'reference/party',
  description: {
    sv: 'Undertecknare, ansvariga för åtgärder och ansvariga för medborgarlöftenas aktiviteter är parter i överenskommelsen.',
    en: "Signatories, those responsible for measures and those responsible for citizen promises' activities are parties of the agreement.",
  },
  severity: 'error',
  appliesTo: ['agreement', 'citizen_promises'],
  messages: {
    unknown: {
      message: {
        sv: 'Parten "{party}" finns inte bland överenskommelsens parter{suggestion}',
        en: 'The party "{party}" is not among the parties of the agreement{suggestion}',
      },
      hint: {
        sv: 'Skriv id:t för en part under parties, eller lägg till parten där.',
        en: 'Write the id of a party under parties, or add the party there.',
      },
    },
    'unknown-in-agreement': {
      message: {
        sv: 'Parten "{party}" finns inte bland parterna i överenskommelsen {agreement}{suggestion}',
        en: 'The party "{party}" is not among the parties of the agreement {agreement}{suggestion}',
      },
      hint: {
        sv: 'Skriv id:t för en part i överenskommelsens parties.',
        en: "Write the id of a party in the agreement's parties.",
      },
    },
  },
  docs: {
    why: {
      sv: 'Ansvaret för en åtgärd ska ligga hos någon som har skrivit under; ett felstavat id gör att ingen står som ansvarig.',
      en: 'A measure must be the responsibility of someone who signed; a misspelt id leaves nobody responsible.',
    },
    wrong: 'parties:\n  - id: gnesta-kommun\n# …\nsignatories:\n  - name: Linda Lundin\n    party: gnesta-komun',
    right: 'parties:\n  - id: gnesta-kommun\n# …\nsignatories:\n  - name: Linda Lundin\n    party: gnesta-kommun',
  },
  check({ data }, { report, repository, didYouMean }) {
    if (data.kind === 'agreement') {
      const parties = repository.items(data).parties;
      // The pointer is made only for a finding: thousands of parties are named, nearly all known.
      const unknown = (party: string, pointer: string) => report({ messageId: 'unknown', pointer, data: { party, suggestion: didYouMean(party, parties) } });
      data.signatories.forEach((s, i) => {
        if (!parties.has(s.party)) unknown(s.party, `/signatories/${i}/party`);
      });
      for (const { measure, pointer } of repository.measures(data)) {
        measure.responsible.forEach((party, r) => {
          if (!parties.has(party)) unknown(party, `${pointer}/responsible/${r}`);
        });
      }
      return;
    }
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const parties = repository.items(agreement.data).parties;
    data.promises.forEach((promise, p) =>
      (promise.activities ?? []).forEach((activity, a) =>
        (activity.responsible ?? []).forEach((party, r) => {
          if (parties.has(party)) return;
          report({
            messageId: 'unknown-in-agreement',
            pointer: `/promises/${p}/activities/${a}/responsible/${r}`,
            data: { party, agreement: data.agreement, suggestion: didYouMean(party, parties) },
          });
        }),
      ),
    );
  },
});
