/**
 * The column headers registers in other languages use (see languages.ts): the tables beside the records: Servers, Usage, Cloud rights and Settings, by the
 * English header they stand for. The first word of each language is the template's header in
 * that language.
 */
import type { Words } from './languages';

// prettier-ignore
export const SUPPORT_HEADER_WORDS: Readonly<Record<string, Words>> = {
  Server: {
    de: ['Server', 'Servername'],
    fr: ['Serveur', 'Nom du serveur'],
    es: ['Servidor', 'Nombre del servidor'],
    it: ['Server', 'Nome server'],
    nl: ['Server', 'Servernaam'],
    pl: ['Serwer', 'Nazwa serwera'],
  },
  'Licence reference': {
    de: ['Lizenzreferenz', 'Lizenzverweis', 'Referenz'],
    fr: ['Référence de licence', 'Référence'],
    es: ['Referencia de licencia', 'Referencia'],
    it: ['Riferimento licenza', 'Riferimento'],
    nl: ['Licentiereferentie', 'Referentie'],
    pl: ['Referencja licencji', 'Referencja'],
  },
  'Licence required': {
    de: ['Benötigte Lizenz', 'Erforderliche Lizenz'],
    fr: ['Licence requise', 'Licence nécessaire'],
    es: ['Licencia requerida', 'Licencia necesaria'],
    it: ['Licenza richiesta', 'Licenza necessaria'],
    nl: ['Vereiste licentie', 'Benodigde licentie'],
    pl: ['Wymagana licencja'],
  },
  'Last logon': {
    de: ['Letzte Anmeldung', 'Letzte Aktivität'],
    fr: ['Dernière connexion', 'Dernière activité'],
    es: ['Último inicio de sesión', 'Última actividad'],
    it: ['Ultimo accesso', 'Ultima attività'],
    nl: ['Laatste aanmelding', 'Laatste activiteit'],
    pl: ['Ostatnie logowanie', 'Ostatnia aktywność'],
  },
  Source: {
    de: ['Quelle'],
    fr: ['Source'],
    es: ['Origen', 'Fuente'],
    it: ['Fonte', 'Origine'],
    nl: ['Bron'],
    pl: ['Źródło'],
  },
  'Captured on': {
    de: ['Erfasst am', 'Exportdatum'],
    fr: ['Relevé le', "Date d'extraction", "Date d'export"],
    es: ['Capturado el', 'Fecha de exportación'],
    it: ['Rilevato il', 'Data di esportazione'],
    nl: ['Vastgelegd op', 'Exportdatum'],
    pl: ['Data pobrania', 'Data eksportu'],
  },
  'Lists every user of the CAL': {
    de: ['Listet alle Benutzer der CAL', 'Alle Benutzer der CAL'],
    fr: ['Liste tous les utilisateurs de la CAL', 'Tous les utilisateurs de la CAL'],
    es: ['Lista todos los usuarios de la CAL', 'Todos los usuarios de la CAL'],
    it: ['Elenca tutti gli utenti della CAL', 'Tutti gli utenti della CAL'],
    nl: ['Bevat alle gebruikers van de CAL', 'Alle gebruikers van de CAL'],
    pl: ['Zawiera wszystkich użytkowników CAL', 'Wszyscy użytkownicy CAL'],
  },
  'Lists every account of domain': {
    de: ['Listet alle Konten der Domäne', 'Alle Konten der Domäne'],
    fr: ['Liste tous les comptes du domaine', 'Tous les comptes du domaine'],
    es: ['Lista todas las cuentas del dominio', 'Todas las cuentas del dominio'],
    it: ['Elenca tutti gli account del dominio', 'Tutti gli account del dominio'],
    nl: ['Bevat alle accounts van het domein', 'Alle accounts van het domein'],
    pl: ['Zawiera wszystkie konta domeny', 'Wszystkie konta domeny'],
  },
  Plan: {
    de: ['Tarif', 'Cloud-Tarif', 'Abonnement'],
    fr: ['Forfait', 'Abonnement cloud', 'Abonnement'],
    es: ['Plan', 'Suscripción'],
    it: ['Piano', 'Abbonamento'],
    nl: ['Abonnement', 'Cloudabonnement'],
    pl: ['Plan', 'Subskrypcja'],
  },
  'Stands for (CALs)': {
    de: ['Entspricht (CALs)', 'Entspricht'],
    fr: ['Équivaut à (CAL)', 'Équivaut à'],
    es: ['Equivale a (CAL)', 'Equivale a'],
    it: ['Equivale a (CAL)', 'Equivale a'],
    nl: ['Staat voor (CALs)', 'Staat voor'],
    pl: ['Odpowiada (CAL)', 'Odpowiada'],
  },
  Confirmed: {
    de: ['Bestätigt', 'Geprüft'],
    fr: ['Confirmé', 'Vérifié'],
    es: ['Confirmado', 'Verificado'],
    it: ['Confermato', 'Verificato'],
    nl: ['Bevestigd', 'Gecontroleerd'],
    pl: ['Potwierdzone', 'Zweryfikowane'],
  },
  Setting: {
    de: ['Einstellung', 'Parameter'],
    fr: ['Paramètre', 'Réglage'],
    es: ['Configuración', 'Parámetro', 'Ajuste'],
    it: ['Impostazione', 'Parametro'],
    nl: ['Instelling'],
    pl: ['Ustawienie', 'Parametr'],
  },
  // The template's explanation of each setting: no column the engine reads.
  About: {
    de: ['Erläuterung'],
    fr: ['Explication'],
    es: ['Explicación'],
    it: ['Spiegazione'],
    nl: ['Toelichting'],
    pl: ['Objaśnienie'],
  },
  Value: {
    de: ['Wert'],
    fr: ['Valeur'],
    es: ['Valor'],
    it: ['Valore'],
    nl: ['Waarde'],
    pl: ['Wartość'],
  },
};
