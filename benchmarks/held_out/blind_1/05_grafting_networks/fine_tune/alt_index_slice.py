# Alternative: extractor.layers[1:3] (layer 0 is the InputLayer), Adam 1e-4
# Expect: pass
def prepare_fine_tuning(model, extractor):

    for layer in extractor.layers[1:3]:
        layer.trainable = False
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-4), loss="categorical_crossentropy")
    return model
