# Alternative: compiles first, then sets the flags (Keras 3 reads trainable when fit builds its step, after compile)
# Expect: pass
def prepare_fine_tuning(model, extractor):

    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    return model
