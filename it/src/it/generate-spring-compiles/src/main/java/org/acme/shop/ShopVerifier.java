package org.acme.shop;

import java.util.Set;
import org.acme.shop.auth.Credential;
import org.acme.shop.auth.CredentialVerifier;
import org.acme.shop.auth.OpenApiAuthFilter;
import org.acme.shop.auth.Verification;

/** The one class a user writes: how credentials are checked. */
public final class ShopVerifier implements CredentialVerifier {
    public static OpenApiAuthFilter filter() {
        return new OpenApiAuthFilter(new ShopVerifier());
    }

    @Override
    public Verification verify(Credential credential) {
        return "valid".equals(credential.token()) ? Verification.valid("someone", Set.of("read"))
                : Verification.invalid("unknown token");
    }
}
