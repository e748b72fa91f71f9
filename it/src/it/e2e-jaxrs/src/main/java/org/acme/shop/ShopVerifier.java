package org.acme.shop;

import org.acme.e2e.KnownCredentials;
import org.acme.shop.auth.Credential;
import org.acme.shop.auth.CredentialVerifier;
import org.acme.shop.auth.Verification;

/** The one piece of security code a user writes: look the credential up. */
final class ShopVerifier implements CredentialVerifier {
    @Override
    public Verification verify(Credential credential) {
        return KnownCredentials.grant(credential.token(), credential.username(), credential.password())
                .map(grant -> Verification.valid(grant.principal(), grant.scopes()))
                .orElseGet(() -> Verification.invalid("unknown credential"));
    }
}
