package org.filiere.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * The classpath's changelogs, plus one more made in memory that includes the given ones in order, so that
 * Liquibase applies them all in one run. The included changelogs keep their own paths, which is what Liquibase
 * records for their change sets.
 */
final class CombinedChangelog extends AbstractResourceAccessor {

    static final String PATH = "db/changelog/filiere-combined.xml";

    private final ResourceAccessor classpath;
    private final byte[] content;

    CombinedChangelog(List<String> changelogs, ResourceAccessor classpath) {
        this.classpath = classpath;
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                       http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                """);
        changelogs.forEach(c -> xml.append("  <include file=\"").append(c).append("\"/>\n"));
        xml.append("</databaseChangeLog>\n");
        this.content = xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<Resource> search(String path, boolean recursive) throws IOException {
        return classpath.search(path, recursive);
    }

    @Override
    public List<Resource> getAll(String path) throws IOException {
        if (PATH.equals(path) || ("/" + PATH).equals(path)) {
            return List.of(new Generated());
        }
        return classpath.getAll(path);
    }

    @Override
    public List<String> describeLocations() {
        List<String> locations = new ArrayList<>(classpath.describeLocations());
        locations.add("generated " + PATH);
        return locations;
    }

    @Override
    public void close() throws Exception {
        classpath.close();
    }

    private final class Generated extends AbstractResource {

        Generated() {
            super(PATH, URI.create("memory:/" + PATH));
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public Resource resolve(String other) {
            return existing(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return existing(resolveSiblingPath(other));
        }

        private Resource existing(String path) {
            try {
                return classpath.get(path);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }
    }
}
