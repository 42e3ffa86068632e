# Misconception: yes/no question, so a sigmoid over the two units
# Expect: fail
import keras


def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="sigmoid")(extractor(readings)))
