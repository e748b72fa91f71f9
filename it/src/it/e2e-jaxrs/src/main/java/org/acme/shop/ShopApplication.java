package org.acme.shop;

import org.acme.shop.auth.OpenApiAuthFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** The whole wiring: the resource and the auth feature (and a legacy URI rewrite the guard must see through). */
public class ShopApplication extends ResourceConfig {
    public ShopApplication() {
        register(ShopResource.class);
        register(LegacyRewrite.class);
        register(new OpenApiAuthFeature(new ShopVerifier()));
    }
}
