import type { importFields } from '../../domain/vocabulary.ts';
import { fold } from '../../lib/text.ts';

/** What an imported person may carry, named as in the API. */
export type ImportField = (typeof importFields)[number];

/**
 * Column headings recognised per field, folded (lower case, no accents). Dutch and English,
 * and those of the usual exports: Excel/Outlook ("First Name", "E-mail Address", "Company"),
 * Google Contacts ("Given Name", "E-mail 1 - Value", "Organization 1 - Name").
 */
const headings: Record<ImportField, string[]> = {
  name: ['naam', 'name', 'volledige naam', 'full name', 'weergavenaam', 'display name'],
  givenName: ['voornaam', 'roepnaam', 'first name', 'given name'],
  infix: ['tussenvoegsel', 'tussenvoegsels', 'middle name'],
  familyName: ['achternaam', 'familienaam', 'last name', 'family name', 'surname'],
  jobTitle: ['functie', 'functietitel', 'job title', 'jobtitle', 'organization 1 - title', 'organization title'],
  email: ['e-mail', 'email', 'e-mailadres', 'emailadres', 'e-mail address', 'email address', 'e-mail 1 - value', 'e-mail adres'],
  phone: [
    'telefoon',
    'telefoonnummer',
    'mobiel',
    'mobiel nummer',
    'phone',
    'telephone',
    'mobile',
    'mobile phone',
    'business phone',
    'phone 1 - value',
  ],
  organisation: ['organisatie', 'organisation', 'organization', 'company', 'bedrijf', 'werkgever', 'organization 1 - name'],
  role: ['rol', 'role'],
  tags: ['labels', 'label', 'tags', 'tag', 'trefwoorden', 'categories', 'categorieen'],
};

const fieldByHeading = new Map(Object.entries(headings).flatMap(([field, names]) => names.map((name) => [name, field as ImportField])));

/** The field a column heading stands for, or undefined for a column Kring does not take. */
export function fieldOfHeading(heading: string): ImportField | undefined {
  return fieldByHeading.get(fold(heading));
}

/** Tags as a spreadsheet or address book writes them: separated by ; , or Google's ":::". */
export function splitTags(value: string): string[] {
  return value
    .split(/:::|[;,]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}
