package io.github.vnnews;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on worker threads and hands what they make back in the order the tasks were given,
 * with events kept in place between them: the engine of the parallel ingest.
 *
 * <p>A task writes items to its {@link Channel} in order: events (run on the consumer) and {@link
 * Slot}s (a value the task fills in later, an article normalised after its file's records were
 * read). The consumer takes the items of the first task as they come, while the later tasks run:
 * the output order is the submission order whatever the threads do. A bounded window of tasks is
 * in flight ({@link #isFull()}: a count and a total weight, in characters), and a task whose
 * channel holds more than its bound of items the consumer has not taken waits ({@link
 * Channel#awaitRoom()}) until its turn comes: memory stays bounded however slow the consumer is.
 * Tasks start in submission order (one FIFO queue), so the first task is always running or done:
 * the consumer never waits for a task that waits for it.
 *
 * <p>Not thread-safe: every method but the channels' producer side is for the consumer thread.
 */
final class TaskWindow implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  /** What {@link #next()} answers when nothing is in flight. */
  static final Object EMPTY = new Object();

  private final ThreadPoolExecutor workers;
  private final int maxTasks;
  private final long maxWeight;
  private final long channelBound;
  private final Deque<Object> window = new ArrayDeque<>();
  private int tasks;
  private long weight;
  private int events;

  /** The body of a task: writes its items to the channel, on a worker. */
  @FunctionalInterface
  interface Body {
    /**
     * Does the work.
     *
     * @param channel where the items go, in order
     * @throws InterruptedException when the window is closed while it waits
     */
    void run(Channel channel) throws InterruptedException;
  }

  /** A value a task promises in its place among the items and fills in later. */
  static final class Slot<K, V> {
    private final K key;
    private V value;

    Slot(K key) {
      this.key = key;
    }

    /** @return what the value is made from */
    K key() {
      return key;
    }

    /** @return the value; only once the consumer has it from {@link #next()} */
    V value() {
      return value;
    }
  }

  /**
   * The items of one task, in order: written by the task, taken by the consumer. Holds at most
   * about {@code bound} of weight not yet taken before {@link #awaitRoom()} waits.
   */
  static final class Channel {
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final ArrayDeque<Long> weights = new ArrayDeque<>();
    private final long bound;
    private long weight;
    private boolean finished;
    private boolean closed;
    private Throwable failure;

    Channel(long bound) {
      this.bound = bound;
    }

    /**
     * Adds an item (an event to run on the consumer, or a {@link Slot}).
     *
     * @param item the item
     * @param itemWeight its share of the bound
     */
    synchronized void put(Object item, long itemWeight) {
      items.addLast(item);
      weights.addLast(itemWeight);
      weight += itemWeight;
      notifyAll();
    }

    /**
     * Fills a slot put earlier.
     *
     * @param slot the slot
     * @param value its value, not null
     * @param <V> its type
     */
    synchronized <V> void fill(Slot<?, V> slot, V value) {
      slot.value = value;
      notifyAll();
    }

    /** @return whether more weight waits than the bound: fill the slots, then {@link #awaitRoom()} */
    synchronized boolean full() {
      return weight > bound;
    }

    /**
     * Waits until the consumer has taken enough for the weight to be within the bound again.
     *
     * @throws InterruptedException when the window is closed meanwhile
     */
    synchronized void awaitRoom() throws InterruptedException {
      while (weight > bound && !closed) {
        wait();
      }
      if (closed) {
        throw new InterruptedException("the window is closed");
      }
    }

    private synchronized void finish(Throwable t) {
      finished = true;
      failure = t;
      notifyAll();
    }

    private synchronized void close() {
      closed = true;
      notifyAll();
    }

    /** The next item once it is ready (a slot filled), or null when the task is done. */
    private synchronized Object take() throws InterruptedException, ExecutionException {
      while (true) {
        if (failure != null) {
          throw new ExecutionException(failure);
        }
        Object head = items.peekFirst();
        if (head != null && !(head instanceof Slot<?, ?> s && s.value == null)) {
          items.pollFirst();
          weight -= weights.pollFirst();
          notifyAll();
          return head;
        }
        if (finished) {
          if (head == null) {
            return null;
          }
          throw new ExecutionException(new IllegalStateException("a task ended with a slot unfilled"));
        }
        wait();
      }
    }
  }

  /** A task in the window. */
  private static final class Task implements Runnable {
    private final Body body;
    private final Channel channel;
    private final long weight;

    Task(Body body, Channel channel, long weight) {
      this.body = body;
      this.channel = channel;
      this.weight = weight;
    }

    @Override
    public void run() {
      try {
        body.run(channel);
        channel.finish(null);
      } catch (InterruptedException e) {
        channel.finish(e);
      } catch (Throwable t) { // NOPMD: a bug or an Error of the task: rethrown on the consumer
        channel.finish(t);
      }
    }
  }

  /**
   * A window.
   *
   * @param threads the worker threads (at least 1)
   * @param maxTasks the most tasks in flight
   * @param maxWeight the most total weight in flight (one task is always allowed, whatever its
   *     weight)
   * @param channelBound the weight a task's channel holds before the task waits its turn
   */
  TaskWindow(int threads, int maxTasks, long maxWeight, long channelBound) {
    if (threads < 1 || maxTasks < 1 || maxWeight < 1 || channelBound < 1) {
      throw new IllegalArgumentException("threads, maxTasks, maxWeight and channelBound must be positive");
    }
    this.maxTasks = maxTasks;
    this.maxWeight = maxWeight;
    this.channelBound = channelBound;
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "vnnews-worker-" + pool + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.workers = new ThreadPoolExecutor(threads, threads, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    this.workers.allowCoreThreadTimeOut(true);
  }

  /** @return whether the window is full: take items before submitting more */
  boolean isFull() {
    return tasks >= maxTasks || (tasks > 0 && weight >= maxWeight);
  }

  /** @return whether nothing is waiting: no task and no event */
  boolean isEmpty() {
    return window.isEmpty();
  }

  /** @return how many events wait behind tasks */
  int queuedEvents() {
    return events;
  }

  /**
   * Starts a task; its items come out of {@link #next()} after everything submitted before it.
   *
   * @param body the work, run on a worker
   * @param taskWeight its share of the window's weight
   */
  void submit(Body body, long taskWeight) {
    Task t = new Task(body, new Channel(channelBound), taskWeight);
    window.addLast(t);
    tasks++;
    weight += taskWeight;
    workers.execute(t);
  }

  /**
   * Queues an event to run on the consumer in its place among the items; runs it at once when
   * nothing is waiting before it.
   *
   * @param event the event
   */
  void event(Runnable event) {
    if (window.isEmpty()) {
      event.run();
    } else {
      window.addLast(event);
      events++;
    }
  }

  /**
   * The next item in order, waiting for it if need be; events queued by {@link #event} run on the
   * way. The items of a task are its events (returned, for the caller to run) and its filled
   * slots.
   *
   * @return the item, or {@link #EMPTY} when nothing is in flight
   * @throws ExecutionException when a task failed (its cause is the task's exception)
   * @throws InterruptedException when the consumer is interrupted while waiting
   */
  Object next() throws ExecutionException, InterruptedException {
    while (!window.isEmpty()) {
      Object head = window.peekFirst();
      if (!(head instanceof Task task)) {
        window.pollFirst();
        events--;
        ((Runnable) head).run();
        continue;
      }
      Object item;
      try {
        item = task.channel.take();
      } catch (ExecutionException | InterruptedException e) {
        if (window.peekFirst() == task) {
          remove(task);
        }
        throw e;
      }
      if (item != null) {
        return item;
      }
      remove(task);
    }
    return EMPTY;
  }

  private void remove(Task task) {
    window.pollFirst();
    tasks--;
    weight -= task.weight;
  }

  /** Drops what is still in flight and lets the workers go (a waiting task is interrupted). */
  @Override
  public void close() {
    for (Object o : window) {
      if (o instanceof Task t) {
        t.channel.close();
      }
    }
    window.clear();
    tasks = 0;
    weight = 0;
    events = 0;
    workers.shutdownNow();
  }
}
