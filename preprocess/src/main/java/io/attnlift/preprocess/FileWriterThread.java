package io.attnlift.preprocess;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.beam.sdk.io.parquet.ParquetIO;

/**
 * Writes one Parquet file's sequences on a thread of its own, in the order they were handed
 * over: the shard writer cuts and encodes on its thread while each variant's file turns records
 * into Parquet pages on another, so one shard writer uses more than one core when the shuffle left
 * the other worker with less to write. A bounded queue keeps memory flat; the first failure is
 * rethrown to the handing thread.
 */
final class FileWriterThread implements AutoCloseable {
  private static final int QUEUE = 1024;
  private static final List<Sequence> END = new ArrayList<>();

  private final ParquetIO.Sink sink;
  private final BlockingQueue<List<Sequence>> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private List<Sequence> pending = new ArrayList<>();
  private volatile Throwable failure;

  FileWriterThread(ParquetIO.Sink sink, String name) {
    this.sink = sink;
    this.thread = new Thread(this::drain, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues one encoded sequence (handed over in small batches). */
  void write(Sequence s) throws IOException {
    pending.add(s);
    if (pending.size() >= 64) {
      handOver();
    }
  }

  /** Writes what is queued, flushes the file's footer and stops the thread. */
  @Override
  public void close() throws IOException {
    try {
      handOver();
      put(END);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while finishing a shard file", e);
    }
    rethrow();
  }

  private void handOver() throws IOException {
    if (!pending.isEmpty()) {
      put(pending);
      pending = new ArrayList<>();
    }
    rethrow();
  }

  private void put(List<Sequence> batch) throws IOException {
    try {
      while (!queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        rethrow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing a shard file", e);
    }
  }

  private void drain() {
    try {
      for (List<Sequence> batch = queue.take(); batch != END; batch = queue.take()) {
        for (Sequence s : batch) {
          sink.write(SequenceRecords.toRecord(s));
        }
      }
      sink.flush();
    } catch (Throwable t) {
      failure = t;
    }
  }

  private void rethrow() throws IOException {
    Throwable t = failure;
    if (t instanceof IOException io) {
      throw io;
    }
    if (t != null) {
      throw new IOException("writing a shard file failed: " + t, t);
    }
  }
}
