package org.dialtone.software.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceModel;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.dialtone.driver.spi.SoftwareListing;
import org.dialtone.driver.spi.SoftwarePackage;
import org.dialtone.store.SoftwareImageRepository;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SoftwareImageServiceImplTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final List<SoftwareImage> stored = new ArrayList<>();
    private Path root;
    private SoftwareImageServiceImpl service;
    private final List<DeviceDriver> drivers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A family whose images are {@code phone.ld} files, with the version in {@code phone.ver}. */
    private static final DeviceDriver PHONES = phones("phones");

    private static DeviceDriver phones(String family) {
        return new DeviceDriver() {
            public String family() {
                return family;
            }

            public String displayName() {
                return family;
            }

            public List<DeviceModel> models() {
                return List.of(new DeviceModel("P1", "P1", null, "Phone", Set.of("Phone")));
            }

            public Optional<RecognizedDevice> recognize(ProvisioningRequest request) {
                return Optional.empty();
            }

            public String renderMasterConfig(MasterConfig config) {
                return "";
            }

            public String renderConfigFile(List<Parameter> parameters) {
                return "";
            }

            @Override
            public Optional<SoftwarePackage> readSoftwarePackage(SoftwareListing listing) {
                List<String> images = listing.entries().stream().filter(e -> e.endsWith("phone.ld")).toList();
                if (images.isEmpty()) {
                    return Optional.empty();
                }
                String version = listing.textFiles().getOrDefault("phone.ver", listing.version());
                return Optional.of(new SoftwarePackage(version.strip(), Set.of("P1"), images));
            }
        };
    }

    @Before
    public void setUp() throws Exception {
        root = folder.newFolder("software").toPath();
        service = new SoftwareImageServiceImpl(repository(), root, 1024 * 1024, () -> drivers);
        drivers.add(PHONES);
    }

    private SoftwareImageRepository repository() {
        return new SoftwareImageRepository() {
            public List<SoftwareImage> list() {
                return stored;
            }

            public Optional<SoftwareImage> get(long id) {
                return stored.stream().filter(i -> i.id() == id).findFirst();
            }

            public SoftwareImage create(String name, Set<String> families, String version, Set<String> models, String sha256, long bytes,
                                        List<SoftwareFile> files, String actor) {
                SoftwareImage image = new SoftwareImage(stored.size() + 1, name, families, version, models, sha256, bytes, files, actor, null);
                stored.add(image);
                return image;
            }

            public List<String> profilesSelecting(long id) {
                return List.of();
            }

            public List<org.dialtone.api.software.SoftwareLicense> licenses() {
                return List.of();
            }

            public Optional<org.dialtone.api.software.SoftwareLicense> license(long imageId) {
                return Optional.empty();
            }

            public org.dialtone.api.software.SoftwareLicense saveLicense(long imageId, String fileName, String content, String actor) {
                return new org.dialtone.api.software.SoftwareLicense(imageId, "image", fileName, content, actor, null);
            }

            public boolean deleteLicense(long imageId) {
                return false;
            }

            public Set<String> delete(long id, boolean force) {
                SoftwareImage image = get(id).orElseThrow();
                stored.remove(image);
                Set<String> unused = new HashSet<>();
                unused.add(image.sha256());
                image.files().forEach(f -> unused.add(f.sha256()));
                stored.forEach(other -> {
                    unused.remove(other.sha256());
                    other.files().forEach(f -> unused.remove(f.sha256()));
                });
                return unused;
            }
        };
    }

    private static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private long filesOnDisk() throws Exception {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private long incoming() throws Exception {
        try (Stream<Path> files = Files.list(root.resolve(".incoming"))) {
            return files.count();
        }
    }

    @Test
    public void aPackageIsReadByItsDriverAndItsDeviceFilesKeptOncePerContent() throws Exception {
        SoftwareImage first = service.upload("release-1.zip", null, new ByteArrayInputStream(zip("fw/phone.ld", "image", "phone.ver", "1.2.3")), "admin");
        assertEquals(Set.of("phones"), first.families());
        assertEquals("1.2.3", first.version());
        assertEquals(List.of("phone.ld"), first.files().stream().map(SoftwareFile::name).toList());
        SoftwareImage second = service.upload("release-1b.zip", null, new ByteArrayInputStream(zip("phone.ld", "image", "phone.ver", "1.2.3")), "admin");
        assertEquals("the same image content is stored once", first.files().get(0).sha256(), second.files().get(0).sha256());
        assertEquals("two packages and one shared image file", 3, filesOnDisk());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.download(first.id(), "phone.ld", out);
        assertEquals("image", out.toString(StandardCharsets.UTF_8));
        service.delete(first.id(), false, "admin");
        assertEquals("the shared image file stays for the other package", 2, filesOnDisk());
        assertEquals(0, incoming());
    }

    @Test
    public void corruptUnknownAndOversizedPackagesAreRefusedAndLeaveNothing() throws Exception {
        InvalidInputException corrupt = assertThrows(InvalidInputException.class,
                () -> service.upload("bad.zip", "1.0", new ByteArrayInputStream("PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1)), "admin"));
        assertEquals("file", corrupt.field());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> service.upload("docs.zip", "1.0", new ByteArrayInputStream(zip("readme.txt", "hello")), "admin"));
        assertTrue(unknown.rule(), unknown.rule().contains("no software image"));
        InvalidInputException large = assertThrows(InvalidInputException.class,
                () -> service.upload("phone.ld", "1.0", new ByteArrayInputStream(new byte[1024 * 1024 + 1]), "admin"));
        assertTrue(large.rule(), large.rule().contains("larger than"));
        assertThrows(InvalidInputException.class, () -> service.upload("../evil.zip", "1.0", new ByteArrayInputStream(new byte[1]), "admin"));
        assertEquals(0, filesOnDisk());
        assertEquals(0, incoming());
        assertEquals(List.of(), stored);
    }

    @Test
    public void anUploadShowsTheBytesReceivedWhileItRunsAndLeavesTheListWhenStored() throws Exception {
        byte[] image = new byte[64 * 1024];
        java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch resume = new java.util.concurrent.CountDownLatch(1);
        java.io.InputStream slow = new java.io.FilterInputStream(new ByteArrayInputStream(image)) {
            private int sent;

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (sent >= image.length / 2 && halfway.getCount() > 0) {
                    halfway.countDown();
                    try {
                        resume.await();
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                }
                int n = super.read(b, off, Math.min(len, 4096));
                sent += Math.max(n, 0);
                return n;
            }
        };
        java.util.concurrent.CompletableFuture<SoftwareImage> upload = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return service.upload("phone.ld", "2.0", slow, "alice");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            assertTrue(halfway.await(10, java.util.concurrent.TimeUnit.SECONDS));
            List<org.dialtone.api.software.SoftwareUpload> running = service.uploads();
            assertEquals(1, running.size());
            assertEquals("phone.ld", running.get(0).name());
            assertEquals("alice", running.get(0).uploadedBy());
            assertEquals("receiving", running.get(0).phase());
            assertEquals(image.length / 2, running.get(0).bytesReceived());
        } finally {
            resume.countDown();
        }
        assertEquals("2.0", upload.get(10, java.util.concurrent.TimeUnit.SECONDS).version());
        assertEquals(List.of(), service.uploads());
    }

    @Test
    public void aPackageTwoFamiliesClaimAlikeMustSayWhoseItIs() throws Exception {
        drivers.add(phones("twins"));
        InvalidInputException ambiguous = assertThrows(InvalidInputException.class,
                () -> service.upload("phone.ld", "3.0", new ByteArrayInputStream(new byte[10]), "admin"));
        assertEquals("family", ambiguous.field());
        assertTrue(ambiguous.getMessage(), ambiguous.getMessage().contains("state which family"));
        assertEquals(List.of(), stored);
        assertEquals(Set.of("twins"), service.upload("phone.ld", "3.0", "Twins", new ByteArrayInputStream(new byte[10]), "admin").families());
        assertEquals("family", assertThrows(InvalidInputException.class,
                () -> service.upload("phone.ld", "3.0", "nobody", new ByteArrayInputStream(new byte[10]), "admin")).field());
    }
}
