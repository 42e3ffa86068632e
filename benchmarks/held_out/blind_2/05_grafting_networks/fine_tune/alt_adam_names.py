# Alternative: freeze by name, recompile with Adam(1e-4)
# Expect: pass
import keras


def prepare_fine_tuning(model, extractor):
    for name in ("hidden", "norm"):
        extractor.get_layer(name).trainable = False
    extractor.get_layer("features").trainable = True
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-4), loss="categorical_crossentropy")
    return model
