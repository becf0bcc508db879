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
import java.util.function.Consumer;

/**
 * Computes the advice and the sensitivity of a plan on a worker, latest wins: a request made while one
 * runs replaces the one waiting, so a burst of edits costs at most one more run, and a result is handed
 * over (through {@code fx}) only when no newer request was made meanwhile. {@link #submit} and the
 * hand-over run on the FX thread; tests pass {@code Runnable::run} for both executors.
 */
final class AdviceRunner {
    /** What one run is asked: advice on {@code plan} over {@code scenarios}. */
    record Request(Plan plan, List<Scenario> scenarios) {
        Request {
            scenarios = List.copyOf(scenarios);
        }
    }

    /** The advice and the sensitivity for one request. */
    record Result(Request request, Advice advice, List<ServiceSensitivity> sensitivity) {
    }

    private final Executor worker;
    private final Executor fx;
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private Request newest;
    private Consumer<Result> onResult = r -> { };
    private Consumer<RuntimeException> onFailure = e -> { };

    AdviceRunner(Executor worker, Executor fx) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    void setOnResult(Consumer<Result> onResult) {
        this.onResult = Objects.requireNonNull(onResult);
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
        Result result;
        try {
            Advice advice = new Advisor().advise(request.plan(), request.scenarios());
            result = new Result(request, advice, new Sensitivity().of(request.plan(), request.scenarios()));
        } catch (RuntimeException e) {
            fx.execute(() -> {
                if (request == newest) {
                    onFailure.accept(e);
                }
            });
            return;
        }
        fx.execute(() -> {
            if (request == newest) {
                onResult.accept(result);
            }
        });
    }
}
