# Alternative: sets every extractor layer's flag from a name test, Adam at exactly 1e-3
# Expect: pass
def prepare_fine_tuning(model, extractor):
    frozen = {"hidden", "norm"}
    for layer in extractor.layers:
        layer.trainable = layer.name not in frozen
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001), loss="categorical_crossentropy")
    return model
