# Alternative: frozen by type and position (everything before 'features'), RMSprop at 5e-4
# Expect: pass
import keras


def prepare_fine_tuning(model, extractor):
    reached = False
    for layer in extractor.layers:
        if layer.name == "features":
            reached = True
        if not reached and (layer.weights or isinstance(layer, keras.layers.BatchNormalization)):
            layer.trainable = False
    model.compile(optimizer=keras.optimizers.RMSprop(5e-4), loss="categorical_crossentropy", metrics=["accuracy"])
    return model
