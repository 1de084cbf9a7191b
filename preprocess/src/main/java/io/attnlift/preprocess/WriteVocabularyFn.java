package io.attnlift.preprocess;

import io.attnlift.common.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;

/** Writes each variant's vocabulary as {@code vocab.json} into the variant's output folder. */
public final class WriteVocabularyFn extends DoFn<Vocabularies, Void> {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> dirs;

  /** @param dirs per variant id, its output folder */
  public WriteVocabularyFn(Map<String, String> dirs) {
    this.dirs = Map.copyOf(dirs);
  }

  @ProcessElement
  public void process(@Element Vocabularies v) throws IOException {
    for (Map.Entry<String, String> d : dirs.entrySet()) {
      String path = d.getValue() + "/" + Vocabulary.FILE_NAME;
      try (WritableByteChannel ch =
              FileSystems.create(FileSystems.matchNewResource(path, false), "application/json");
          OutputStream out = Channels.newOutputStream(ch)) {
        Vocabulary.CONTRACT.write(out, v.vocabulary(d.getKey()));
      }
    }
  }
}
