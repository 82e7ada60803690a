import type { Translation } from './resources.ts';

/**
 * Dutch texts of the subject access report (inzage, AVG art. 15). Labels of fields and
 * vocabularies come from the main resources, those of the history's actions from the audit log's.
 */
export const personalDataNl = {
  personalData: {
    link: 'Inzage (AVG)',
    title: 'Inzage persoonsgegevens: {{name}}',
    back: 'Terug naar {{name}}',
    intro:
      'Dit overzicht bevat alles wat deze werkruimte over {{name}} vastlegt. Vraagt iemand om inzage in zijn of haar gegevens (AVG artikel 15), dan kunt u dit overzicht afdrukken of als bestand aan die persoon geven.',
    privateNotes:
      'Notities over deze persoon of over een van zijn of haar relaties die andere leden privé houden, worden geteld maar niet getoond. Hun auteurs moeten ze zelf aan het verzoek toevoegen.',
    logged: 'Elke keer dat dit overzicht wordt opgevraagd, wordt dat in het logboek vastgelegd.',
    generatedAt: 'Opgesteld op {{date}}.',
    download: 'Download als JSON',
    print: 'Afdrukken',
    fileName: 'inzage',
    ownData: 'Gegevens van de persoon',
    sections: {
      relations: { title: 'Relaties', caption: 'Relaties van {{name}}', none: 'Geen relaties.' },
      notes: { title: 'Notities', caption: 'Notities over {{name}}', none: 'Geen notities.' },
      interactions: { title: 'Contactmomenten', caption: 'Contactmomenten met {{name}}', none: 'Geen contactmomenten.' },
      groups: { title: 'Groepen', caption: 'Groepen waarvan {{name}} lid is', none: 'Geen groepen.' },
      stakeholderAssessments: {
        title: 'Beoordelingen als sleutelfiguur',
        caption: 'Beoordelingen van {{name}} per thema',
        none: 'Geen beoordelingen.',
      },
      engagementPlans: { title: 'Aanpak als sleutelfiguur', caption: 'Aanpak van {{name}} per thema', none: 'Geen aanpak vastgelegd.' },
      actions: { title: 'Acties', caption: 'Acties die {{name}} oppakt', none: 'Geen acties.' },
      history: {
        title: 'Geschiedenis van de gegevens',
        caption: 'Geschiedenis van de gegevens van {{name}}',
        none: 'Geen geschiedenis.',
      },
    },
    direction: 'Richting',
    mutual: 'wederzijds',
    note: 'Toelichting',
    author: 'Auteur',
    visibility: 'Zichtbaar voor',
    written: 'Geschreven op',
    about: 'Over',
    aboutPerson: 'deze persoon',
    aboutRelation: 'relatie met {{name}}',
    privateNotesOfOthers_one: '{{count}} notitie van een ander lid is privé en staat hier niet.',
    privateNotesOfOthers_other: '{{count}} notities van andere leden zijn privé en staan hier niet.',
    attendance: 'Aanwezigheid',
    open: 'open',
    doneOn: 'afgerond op {{date}}',
    historyIntro: 'Wie de gegevens van deze persoon heeft aangemaakt, gewijzigd of opgevraagd, en wanneer; niet wat er is veranderd.',
    when: 'Datum en tijd',
    what: 'Handeling',
    who: 'Door',
    inAuditLog: 'Alles in het logboek over deze persoon',
  },
};

export const personalDataEn: Translation<typeof personalDataNl> = {
  personalData: {
    link: 'Personal data report',
    title: 'Personal data report: {{name}}',
    back: 'Back to {{name}}',
    intro:
      'This report holds everything this workspace records about {{name}}. When someone asks for access to their data (GDPR article 15), you can print this report or give it to them as a file.',
    privateNotes:
      'Notes on this person or on one of their relations that other members keep private are counted but not shown. Their authors must add them to the request themselves.',
    logged: 'Every time this report is requested, that is recorded in the audit log.',
    generatedAt: 'Drawn up on {{date}}.',
    download: 'Download as JSON',
    print: 'Print',
    fileName: 'personal-data',
    ownData: "The person's data",
    sections: {
      relations: { title: 'Relations', caption: 'Relations of {{name}}', none: 'No relations.' },
      notes: { title: 'Notes', caption: 'Notes about {{name}}', none: 'No notes.' },
      interactions: { title: 'Interactions', caption: 'Interactions with {{name}}', none: 'No interactions.' },
      groups: { title: 'Groups', caption: 'Groups {{name}} is a member of', none: 'No groups.' },
      stakeholderAssessments: {
        title: 'Assessments as a key figure',
        caption: 'Assessments of {{name}} per theme',
        none: 'No assessments.',
      },
      engagementPlans: {
        title: 'Engagement as a key figure',
        caption: 'Engagement plans for {{name}} per theme',
        none: 'No engagement plans.',
      },
      actions: { title: 'Actions', caption: 'Actions {{name}} owns', none: 'No actions.' },
      history: { title: 'History of the data', caption: 'History of the data of {{name}}', none: 'No history.' },
    },
    direction: 'Direction',
    mutual: 'mutual',
    note: 'Note',
    author: 'Author',
    visibility: 'Visible to',
    written: 'Written on',
    about: 'About',
    aboutPerson: 'this person',
    aboutRelation: 'relation with {{name}}',
    privateNotesOfOthers_one: '{{count}} note of another member is private and not shown here.',
    privateNotesOfOthers_other: '{{count}} notes of other members are private and not shown here.',
    attendance: 'Attendance',
    open: 'open',
    doneOn: 'done on {{date}}',
    historyIntro: "Who created, changed or requested this person's data, and when; not what was changed.",
    when: 'Date and time',
    what: 'Action',
    who: 'By',
    inAuditLog: 'Everything about this person in the audit log',
  },
};
