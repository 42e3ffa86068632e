# Alternative: every layer's flag set from one rule (only 'features' trains in the
# extractor), through the outer model's layers; plain SGD at 1e-3 with momentum.
# Expect: pass
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers:
        layer.trainable = layer.name == "features"
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.001, momentum=0.9),
        loss=keras.losses.CategoricalCrossentropy(),
    )
    return model
