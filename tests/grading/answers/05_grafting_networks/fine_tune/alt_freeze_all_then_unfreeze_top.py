# Alternative: freeze the whole extractor, then unfreeze its top layer; a very small rate.
# Expect: pass
def prepare_fine_tuning(model, extractor):
    extractor.trainable = False
    extractor.get_layer("features").trainable = True
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-5), loss="categorical_crossentropy"
    )
    return model
