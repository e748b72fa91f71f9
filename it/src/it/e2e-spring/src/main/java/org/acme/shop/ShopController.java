package org.acme.shop;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.acme.e2e.CallRecorder;
import org.acme.shop.api.ShopApi;
import org.acme.shop.auth.OpenApiAuthFilter;
import org.acme.shop.model.Message;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The generated interface, implemented trivially: each operation names itself and its callers. */
@RestController
class ShopController implements ShopApi {
    private final HttpServletRequest request;

    ShopController(HttpServletRequest request) {
        this.request = request;
    }

    private ResponseEntity<Message> answer(String operation) {
        @SuppressWarnings("unchecked")
        List<String> principals = (List<String>) request.getAttribute(OpenApiAuthFilter.PRINCIPALS);
        CallRecorder.record(request.getHeader(CallRecorder.PROBE_HEADER), operation);
        return ResponseEntity.ok(new Message(operation, principals));
    }

    @Override
    public ResponseEntity<Message> getPublic() {
        return answer("getPublic");
    }

    @Override
    public ResponseEntity<Message> getMine() {
        return answer("getMine");
    }

    @Override
    public ResponseEntity<Message> getBasic() {
        return answer("getBasic");
    }

    @Override
    public ResponseEntity<Message> getBearer() {
        return answer("getBearer");
    }

    @Override
    public ResponseEntity<Message> readScoped() {
        return answer("readScoped");
    }

    @Override
    public ResponseEntity<Message> writeScoped() {
        return answer("writeScoped");
    }

    @Override
    public ResponseEntity<Message> getKeyHeader() {
        return answer("getKeyHeader");
    }

    @Override
    public ResponseEntity<Message> getKeyQuery() {
        return answer("getKeyQuery");
    }

    @Override
    public ResponseEntity<Message> getKeyCookie() {
        return answer("getKeyCookie");
    }

    @Override
    public ResponseEntity<Message> getAnd() {
        return answer("getAnd");
    }

    @Override
    public ResponseEntity<Message> getOr() {
        return answer("getOr");
    }

    @Override
    public ResponseEntity<Message> getOptional() {
        return answer("getOptional");
    }

    @Override
    public ResponseEntity<Message> getItem(String id) {
        return answer("getItem");
    }

    @Override
    public ResponseEntity<Message> listItems() {
        return answer("listItems");
    }

    @Override
    public ResponseEntity<Message> createItem(Message message) {
        return answer("createItem");
    }

    @Override
    public ResponseEntity<Message> deleteItem(String id) {
        return answer("deleteItem");
    }

    @Override
    public ResponseEntity<Message> getAdminStats() {
        return answer("getAdminStats");
    }

    @Override
    public ResponseEntity<Message> putFile(String name) {
        return answer("putFile");
    }
}
