import type { Translation } from './resources.ts';

/**
 * Dutch texts of the workspace's audit log (logboek). The actions are also the words of a
 * person's history in the personal data report, so both say the same thing.
 */
export const auditLogNl = {
  auditLog: {
    title: 'Logboek',
    link: 'Logboek van de werkruimte',
    intro:
      'Het logboek houdt bij wie in deze werkruimte een record heeft aangemaakt, gewijzigd, verwijderd of geïmporteerd, of de inzage van een persoon heeft opgevraagd, om welk record het ging en wanneer. Wat er in het record staat of is veranderd, wordt nooit vastgelegd.',
    accountability:
      'Zo kunt u verantwoorden wat er met de persoonsgegevens is gedaan (AVG artikel 5, lid 2). Alleen eigenaren van de werkruimte kunnen het logboek inzien.',
    filterAction: 'Handeling',
    filterSubjectType: 'Soort record',
    filterActor: 'Lid',
    onlyPerson: 'Alleen deze persoon:',
    onlyRecord: 'Alleen dit record:',
    showAllRecords: 'Toon alle records',
    caption: 'Gebeurtenissen in het logboek, nieuwste eerst',
    at: 'Datum en tijd',
    actor: 'Lid',
    action: 'Handeling',
    subjectType: 'Soort record',
    subject: 'Record',
    commandLine: 'Opdrachtregel',
    deletedAccount: 'Verwijderd account',
    noSubject: 'geen',
    actions: {
      create: 'Aangemaakt',
      update: 'Gewijzigd',
      delete: 'Verwijderd',
      import: 'Geïmporteerd',
      export: 'Inzage opgevraagd',
    },
    // Persons, organisations and themes are named by the search's labels of the same kinds.
    subjectTypes: {
      relation: 'Relatie',
      relation_type: 'Soort relatie',
      note: 'Notitie',
      interaction: 'Contactmoment',
      action: 'Vervolgactie',
      contact_cadence: 'Contact houden',
      group: 'Groep',
      initiative: 'Initiatief',
      mandate: 'Mandaat',
      knowledge_item: 'Gedeelde kennis',
      maturity_model: 'Volwassenheidsmodel',
      assessment: 'Meting van volwassenheid',
      stakeholder_assessment: 'Beoordeling van een sleutelfiguur',
      engagement_plan: 'Aanpak van een sleutelfiguur',
      decision: 'Besluit',
      membership: 'Lidmaatschap',
      workspace: 'Werkruimte',
      graph_layout: 'Opmaak van de netwerkplaat',
    },
  },
};

export const auditLogEn: Translation<typeof auditLogNl> = {
  auditLog: {
    title: 'Audit log',
    link: "The workspace's audit log",
    intro:
      "The audit log records who in this workspace created, changed, deleted or imported a record, or requested a person's data report, which record it was and when. What the record holds or what changed is never recorded.",
    accountability:
      'This lets you account for what was done with the personal data (GDPR article 5(2)). Only owners of the workspace can see the audit log.',
    filterAction: 'Action',
    filterSubjectType: 'Kind of record',
    filterActor: 'Member',
    onlyPerson: 'Only this person:',
    onlyRecord: 'Only this record:',
    showAllRecords: 'Show all records',
    caption: 'Events in the audit log, newest first',
    at: 'Date and time',
    actor: 'Member',
    action: 'Action',
    subjectType: 'Kind of record',
    subject: 'Record',
    commandLine: 'Command line',
    deletedAccount: 'Deleted account',
    noSubject: 'none',
    actions: {
      create: 'Created',
      update: 'Changed',
      delete: 'Deleted',
      import: 'Imported',
      export: 'Data report requested',
    },
    subjectTypes: {
      relation: 'Relation',
      relation_type: 'Relation type',
      note: 'Note',
      interaction: 'Interaction',
      action: 'Follow-up action',
      contact_cadence: 'Staying in touch',
      group: 'Group',
      initiative: 'Initiative',
      mandate: 'Mandate',
      knowledge_item: 'Shared knowledge',
      maturity_model: 'Maturity model',
      assessment: 'Maturity assessment',
      stakeholder_assessment: 'Key figure assessment',
      engagement_plan: 'Key figure engagement plan',
      decision: 'Decision',
      membership: 'Membership',
      workspace: 'Workspace',
      graph_layout: 'Layout of the network picture',
    },
  },
};
