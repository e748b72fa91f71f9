package org.acme.shop;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.acme.e2e.CallRecorder;
import org.acme.shop.api.ShopApi;
import org.acme.shop.auth.OpenApiAuthFilter;
import org.acme.shop.model.Message;

/** The generated interface, implemented trivially: each operation names itself and its callers. */
@Path("/")
public class ShopResource implements ShopApi {
    @Context
    private ContainerRequestContext request;

    private Response answer(String operation) {
        @SuppressWarnings("unchecked")
        List<String> principals = (List<String>) request.getProperty(OpenApiAuthFilter.PRINCIPALS);
        CallRecorder.record(request.getHeaderString(CallRecorder.PROBE_HEADER), operation);
        return Response.ok(new Message(operation, principals), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response getPublic() {
        return answer("getPublic");
    }

    @Override
    public Response getMine() {
        return answer("getMine");
    }

    @Override
    public Response getBasic() {
        return answer("getBasic");
    }

    @Override
    public Response getBearer() {
        return answer("getBearer");
    }

    @Override
    public Response readScoped() {
        return answer("readScoped");
    }

    @Override
    public Response writeScoped() {
        return answer("writeScoped");
    }

    @Override
    public Response getKeyHeader() {
        return answer("getKeyHeader");
    }

    @Override
    public Response getKeyQuery() {
        return answer("getKeyQuery");
    }

    @Override
    public Response getKeyCookie() {
        return answer("getKeyCookie");
    }

    @Override
    public Response getAnd() {
        return answer("getAnd");
    }

    @Override
    public Response getOr() {
        return answer("getOr");
    }

    @Override
    public Response getOptional() {
        return answer("getOptional");
    }

    @Override
    public Response getItem(String id) {
        return answer("getItem");
    }

    @Override
    public Response listItems() {
        return answer("listItems");
    }

    @Override
    public Response createItem(Message message) {
        return answer("createItem");
    }

    @Override
    public Response deleteItem(String id) {
        return answer("deleteItem");
    }

    @Override
    public Response getAdminStats() {
        return answer("getAdminStats");
    }

    @Override
    public Response putFile(String name) {
        return answer("putFile");
    }
}
