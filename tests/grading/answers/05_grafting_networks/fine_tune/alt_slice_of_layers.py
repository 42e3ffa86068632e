# Alternative: freeze a slice of the extractor's layers (Input, 'hidden', 'norm'), then
# compile with Adam and a smaller rate; the model is returned as it came in.
# Expect: pass
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[:3]:
        layer.trainable = False
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-4), loss="categorical_crossentropy"
    )
    return model
