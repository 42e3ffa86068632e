# Alternative: RMSprop at 1e-4, with a metric, flags set by name lookup
# Expect: pass
def prepare_fine_tuning(model, extractor):
    frozen = {"hidden", "norm"}
    for layer in extractor.layers:
        if layer.name in frozen:
            layer.trainable = False
    model.compile(
        optimizer=keras.optimizers.RMSprop(1e-4),
        loss="categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model
