package org.dialtone.api.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

/** The guide's Profile Configuration page (F-PROF). */
public interface ProfileService {
    Page<Profile> list(ProfileQuery query, PageRequest page);

    /** The profile with all its attributes. */
    Profile get(long id);

    Profile create(ProfileInput profile, String actor);

    /** Replaces a user-defined or user-imported profile; answers which devices the change reaches. */
    ChangeResult update(long id, ProfileInput profile, ApplyChoice apply, String actor);

    /** Copies any profile except a software profile into a new user-defined one. */
    Profile copy(long id, String newName, String actor);

    /** Deletes a user-defined or user-imported profile with all its associations. */
    ChangeResult delete(long id, ApplyChoice apply, String actor);

    /**
     * Reads parameters from a Polycom configuration file ({@code .cfg} or {@code .xml}: every attribute of
     * every element is a parameter), with DTDs and external entities refused. Nothing is stored.
     */
    List<ProfileAttribute> readConfigFile(InputStream file);

    /** Creates a user-defined profile with the parameters of a configuration file. */
    Profile createFromConfigFile(String name, String description, InputStream file, String actor);

    /** Adds a configuration file's parameters to an editable profile; on overlap the file's value wins. */
    ChangeResult addConfigFile(long id, InputStream file, ApplyChoice apply, String actor);

    /** Writes the user-defined profiles (all when {@code ids} is empty) as a ZIP of {@code <name>.cfg} files. */
    void exportZip(List<Long> ids, OutputStream out) throws IOException;

    /** Creates (or, with {@code overwrite}, replaces) a user-defined profile per {@code .cfg} file of the ZIP. */
    List<Profile> importZip(InputStream zip, boolean overwrite, String actor);
}
