package org.filiere.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a list of Liquibase changelogs: their paths in order and the bytes of every file they include,
 * followed through {@code <include file="..."/>}. Any edit to a changelog, a new changelog or a changed order gives
 * another fingerprint. Changelogs it cannot follow for sure (not XML, or with {@code <includeAll>}, whose files a
 * fingerprint of paths would miss) have none: Liquibase then runs on every start.
 */
final class ChangelogFingerprint {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s([^>]*)>");
    private static final Pattern INCLUDE_ALL = Pattern.compile("<includeAll\\b");
    private static final Pattern FILE = Pattern.compile("\\bfile\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern RELATIVE = Pattern.compile("\\brelativeToChangelogFile\\s*=\\s*\"true\"");
    private static final int BUFFER = 8192;

    private ChangelogFingerprint() {
    }

    static Optional<String> of(List<String> changelogs, ClassLoader loader) {
        MessageDigest digest = sha256();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(changelogs);
        while (!pending.isEmpty()) {
            String path = pending.removeFirst();
            if (!seen.add(path)) {
                continue;
            }
            byte[] content = read(path, loader);
            if (content == null) {
                if (changelogs.contains(path)) {
                    throw new PersistenceStartException("The changelog " + path + " is not on the classpath", null);
                }
                content = new byte[0];
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            boolean xmlChangelog = path.endsWith(".xml");
            if (xmlChangelog ? INCLUDE_ALL.matcher(xml).find() : changelogs.contains(path)) {
                return Optional.empty();
            }
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            digest.update((byte) 0);
            List<String> included = xmlChangelog ? includes(path, xml) : List.of();
            for (int i = included.size() - 1; i >= 0; i--) {
                pending.addFirst(included.get(i));
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static List<String> includes(String path, String xml) {
        List<String> files = new ArrayList<>();
        Matcher include = INCLUDE.matcher(xml);
        while (include.find()) {
            Matcher file = FILE.matcher(include.group(1));
            if (file.find()) {
                String name = file.group(1);
                if (RELATIVE.matcher(include.group(1)).find()) {
                    int slash = path.lastIndexOf('/');
                    name = (slash < 0 ? "" : path.substring(0, slash + 1)) + name;
                }
                files.add(name.startsWith("classpath:") ? name.substring("classpath:".length()) : name);
            }
        }
        return files;
    }

    private static byte[] read(String path, ClassLoader loader) {
        String resource = path.startsWith("/") ? path.substring(1) : path;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new PersistenceStartException("Cannot read the changelog " + path + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
