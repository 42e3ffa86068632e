# Alternative: compiles with the new rate first, then sets the flags; in Keras 3 the new optimizer and train function pick up the flags at the next fit (verified)
# Expect: pass
import keras


def prepare_fine_tuning(model, extractor):
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    return model
