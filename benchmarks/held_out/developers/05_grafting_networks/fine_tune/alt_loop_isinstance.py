# Alternative: loop over the layers, BatchNormalization found by type; loss as an object
# Expect: pass
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers:
        if layer.name == "hidden" or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=5e-4, momentum=0.9),
        loss=keras.losses.CategoricalCrossentropy(),
    )
    return model
