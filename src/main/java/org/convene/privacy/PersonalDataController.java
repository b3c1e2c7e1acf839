package org.convene.privacy;

import org.convene.base.AccessDeniedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's data as a JSON file. The service reads who is asking; nobody else's data can be asked for. */
@RestController
class PersonalDataController {

    private final PersonalDataService personalData;

    PersonalDataController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GetMapping(value = "/api/me/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonalData> download() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("convene-my-data.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(personalData.mine());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
}
