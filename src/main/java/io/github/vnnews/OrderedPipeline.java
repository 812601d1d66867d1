package io.github.vnnews;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on worker threads and hands their results back in the order the tasks were given,
 * with events (listener callbacks) kept in place between them: the engine of the parallel ingest.
 *
 * <p>One thread, the consumer, submits tasks and takes results; it is the thread that reads the
 * input, so the reading stays sequential. A bounded window of tasks is in flight: {@link #isFull()}
 * tells the consumer to stop reading and take a result first, which is the back-pressure that keeps
 * memory constant when the consumer (the writer) is slower than the workers. While the result it
 * waits for is not ready, the consumer runs tasks that no worker has started yet, so {@code n}
 * threads in all do the work: the consumer and {@code n - 1} workers.
 *
 * <p>Not thread-safe: every method but the tasks themselves is for the consumer thread only.
 *
 * @param <R> the result of a task
 */
final class OrderedPipeline<R> implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ThreadPoolExecutor workers;
  private final int maxTasks;
  private final long maxWeight;
  private final Deque<Object> window = new ArrayDeque<>();
  private int tasks;
  private long weight;
  private int events;

  /** A task that runs once, on whichever thread claims it first. */
  private static final class Task<R> extends FutureTask<R> {
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final long weight;

    Task(Callable<R> body, long weight) {
      super(body);
      this.weight = weight;
    }

    @Override
    public void run() {
      if (claimed.compareAndSet(false, true)) {
        super.run();
      }
    }

    boolean unclaimed() {
      return !claimed.get();
    }
  }

  /**
   * A pipeline.
   *
   * @param threads the threads that run tasks, the consumer included (at least 2)
   * @param maxTasks the most tasks in flight
   * @param maxWeight the most total weight in flight (one task is always allowed, whatever its
   *     weight)
   */
  OrderedPipeline(int threads, int maxTasks, long maxWeight) {
    if (threads < 2 || maxTasks < 1 || maxWeight < 1) {
      throw new IllegalArgumentException("threads >= 2, maxTasks >= 1 and maxWeight >= 1");
    }
    this.maxTasks = maxTasks;
    this.maxWeight = maxWeight;
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "vnnews-worker-" + pool + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.workers =
        new ThreadPoolExecutor(threads - 1, threads - 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    this.workers.allowCoreThreadTimeOut(true);
  }

  /**
   * Whether the window is full: take results before submitting more.
   *
   * @return true when no task should be submitted now
   */
  boolean isFull() {
    return tasks >= maxTasks || (tasks > 0 && weight >= maxWeight);
  }

  /**
   * Whether nothing is waiting: no task and no event.
   *
   * @return true when empty
   */
  boolean isEmpty() {
    return window.isEmpty();
  }

  /**
   * Starts a task; its result comes out of {@link #poll} after everything submitted before it.
   *
   * @param body the work, run on some thread
   * @param weight its share of the memory bound (characters, say)
   */
  void submit(Callable<R> body, long weight) {
    Task<R> t = new Task<>(body, weight);
    window.addLast(t);
    tasks++;
    this.weight += weight;
    workers.execute(t);
  }

  /**
   * Queues an event to run on the consumer thread in its place among the results; runs it at once
   * when nothing is waiting before it.
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
   * How many events wait behind tasks: the consumer bounds it by taking results (a file of a
   * million rejected records would otherwise queue a million events behind one article).
   *
   * @return the count
   */
  int queuedEvents() {
    return events;
  }

  /**
   * Takes the first result in order, running the events queued before it. Waits for it if need
   * be, helping with unstarted tasks meanwhile.
   *
   * @param sink receives the result
   * @return false when the window was empty (after running any queued events)
   * @throws ExecutionException when the task failed (its cause is the task's exception)
   * @throws InterruptedException when the consumer is interrupted while waiting
   */
  boolean poll(java.util.function.Consumer<R> sink) throws ExecutionException, InterruptedException {
    while (!window.isEmpty()) {
      Object head = window.peekFirst();
      if (head instanceof Runnable && !(head instanceof Task)) {
        window.pollFirst();
        events--;
        ((Runnable) head).run();
        continue;
      }
      @SuppressWarnings("unchecked")
      Task<R> task = (Task<R>) head;
      while (!task.isDone()) {
        Task<R> idle = firstUnclaimed();
        if (idle == null) {
          break;
        }
        idle.run();
      }
      R result;
      try {
        result = task.get();
      } finally {
        window.pollFirst();
        tasks--;
        weight -= task.weight;
      }
      sink.accept(result);
      return true;
    }
    return false;
  }

  private Task<R> firstUnclaimed() {
    for (Object o : window) {
      if (o instanceof Task) {
        @SuppressWarnings("unchecked")
        Task<R> t = (Task<R>) o;
        if (t.unclaimed()) {
          return t;
        }
      }
    }
    return null;
  }

  /** Cancels what is still in flight and lets the workers go. */
  @Override
  public void close() {
    for (Object o : window) {
      if (o instanceof Task) {
        ((Task<?>) o).cancel(false);
      }
    }
    window.clear();
    tasks = 0;
    weight = 0;
    events = 0;
    workers.shutdownNow();
  }
}
