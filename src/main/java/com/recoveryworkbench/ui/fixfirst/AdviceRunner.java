package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.analysis.advice.Advice;
import com.recoveryworkbench.analysis.advice.Advisor;
import com.recoveryworkbench.analysis.advice.Sensitivity;
import com.recoveryworkbench.analysis.advice.ServiceSensitivity;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Computes the advice, then the sensitivity, of a plan on a worker, latest wins: a request made while one
 * runs replaces the one waiting, so a burst of edits costs at most one more run, and a result is handed
 * over (through {@code fx}) only when no newer request was made meanwhile. The advice is handed over as
 * soon as it is ready; the sensitivity, which re-analyses the plan once per service on a late chain and
 * can take much longer on a large plan, follows, and is not computed at all when a newer request is
 * already waiting. {@link #submit} and the hand-overs run on the FX thread; tests pass
 * {@code Runnable::run} for both executors.
 */
final class AdviceRunner {
    /** What one run is asked: advice on {@code plan} over {@code scenarios}. */
    record Request(Plan plan, List<Scenario> scenarios) {
        Request {
            scenarios = List.copyOf(scenarios);
        }
    }

    private final Executor worker;
    private final Executor fx;
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private Request newest;
    private BiConsumer<Request, Advice> onAdvice = (r, a) -> { };
    private BiConsumer<Request, List<ServiceSensitivity>> onSensitivity = (r, s) -> { };
    private Consumer<RuntimeException> onFailure = e -> { };

    AdviceRunner(Executor worker, Executor fx) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    void setOnAdvice(BiConsumer<Request, Advice> onAdvice) {
        this.onAdvice = Objects.requireNonNull(onAdvice);
    }

    void setOnSensitivity(BiConsumer<Request, List<ServiceSensitivity>> onSensitivity) {
        this.onSensitivity = Objects.requireNonNull(onSensitivity);
    }

    void setOnFailure(Consumer<RuntimeException> onFailure) {
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** Asks for the advice of {@code request}; an older one not handed over yet never will be. FX thread. */
    void submit(Request request) {
        newest = request;
        if (waiting.getAndSet(request) == null) {
            worker.execute(this::runNewest);
        }
    }

    private void runNewest() {
        Request request = waiting.getAndSet(null);
        if (request == null) {
            return;
        }
        try {
            Advice advice = new Advisor().advise(request.plan(), request.scenarios());
            handOver(request, () -> onAdvice.accept(request, advice));
            if (waiting.get() == null) {
                List<ServiceSensitivity> weights = new Sensitivity().of(request.plan(), request.scenarios());
                handOver(request, () -> onSensitivity.accept(request, weights));
            }
        } catch (RuntimeException e) {
            handOver(request, () -> onFailure.accept(e));
        }
    }

    /** Runs {@code delivery} on the FX side unless a newer request was made meanwhile. */
    private void handOver(Request request, Runnable delivery) {
        fx.execute(() -> {
            if (request == newest) {
                delivery.run();
            }
        });
    }
}
