# Alternative: SGD at 1e-3 after freezing by name
# Expect: pass
def prepare_fine_tuning(model, extractor):

    for layer in extractor.layers:
        if layer.name in ("hidden", "norm"):
            layer.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e-3), loss="categorical_crossentropy")
    return model
