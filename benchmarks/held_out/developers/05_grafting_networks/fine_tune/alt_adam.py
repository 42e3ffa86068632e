# Alternative: Adam at 1e-5, compiled again, the layers by slice [1:3]
# Expect: pass
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[1:3]:
        layer.trainable = False
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-5), loss="categorical_crossentropy")
    return model
