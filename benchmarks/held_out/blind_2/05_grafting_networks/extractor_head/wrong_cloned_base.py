# Misconception: cloned the base first "to keep the original safe"
# Expect: fail
import keras


def build_service_model(base):
    copy = keras.models.clone_model(base)
    copy.set_weights(base.get_weights())
    extractor = keras.Model(copy.input, copy.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
