import { domainOfDn, exchangeIdentity, primarySmtp } from '../../../src/core/evidence';

describe('exchangeIdentity', () => {
  test.each([
    ['dana.scott@contoso.com', { smtp: 'dana.scott@contoso.com' }],
    ['  Dana.Scott@Contoso.com ', { smtp: 'Dana.Scott@Contoso.com' }],
    ['CONTOSO\\dana', { domain: 'CONTOSO', sam: 'dana' }],
    ['contoso.com/Users/Dana Scott', { displayName: 'Dana Scott' }],
    ['contoso.com/Staff/Oslo/Dana Scott', { displayName: 'Dana Scott' }],
    ['contoso.com/Users/Scott\\/Dana', { displayName: 'Scott/Dana' }],
    ['eu.contoso.com/Users/Zoë Müller', { displayName: 'Zoë Müller' }],
    ['dana', { sam: 'dana' }],
    ['Dana Scott', { displayName: 'Dana Scott' }],
    ['', {}],
  ])('%p', (name, identity) => {
    expect(exchangeIdentity(name)).toEqual(identity);
  });
});

describe('domainOfDn', () => {
  test.each([
    ['CN=Dana Scott,OU=Staff,DC=contoso,DC=com', 'CONTOSO'],
    ['CN=Scott\\, Dana,OU=Staff,DC=eu,DC=contoso,DC=com', 'EU'],
    ['cn=dana,dc=fabrikam,dc=local', 'FABRIKAM'],
    ['CN=Dana Scott,OU=Staff', undefined],
    ['', undefined],
  ])('%p', (dn, domain) => {
    expect(domainOfDn(dn)).toBe(domain);
  });
});

describe('primarySmtp', () => {
  test('the address written with capital SMTP', () => {
    expect(primarySmtp('smtp:d@contoso.onmicrosoft.com+SMTP:dana.scott@contoso.com')).toBe(
      'dana.scott@contoso.com',
    );
    expect(primarySmtp('smtp:d@contoso.onmicrosoft.com')).toBeUndefined();
    expect(primarySmtp('')).toBeUndefined();
  });
});
