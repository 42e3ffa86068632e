# Alternative: one loop over the extractor's layers, by type and name; SGD with a small rate.
# Expect: pass
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers:
        if isinstance(layer, keras.layers.BatchNormalization) or layer.name == "hidden":
            layer.trainable = False
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=1e-3),
        loss=keras.losses.CategoricalCrossentropy(),
    )
    return model
