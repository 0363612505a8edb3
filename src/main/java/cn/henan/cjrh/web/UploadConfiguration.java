package cn.henan.cjrh.web;

import cn.henan.cjrh.application.EvidenceProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart limits follow the evidence limits, with a little headroom so a file just over the limit reaches the
 * evidence service and gets its specific 413 message. Parts always go to disk: uploads are streamed, never held in
 * memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(EvidenceProperties limits) {
        var factory = new MultipartConfigFactory();
        var perFile = DataSize.ofBytes(
                limits.maxFileSize().toBytes() + DataSize.ofMegabytes(1).toBytes());
        factory.setMaxFileSize(perFile);
        factory.setMaxRequestSize(
                DataSize.ofBytes(perFile.toBytes() + DataSize.ofMegabytes(1).toBytes()));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }
}
