# Misconception: pooled with the lesson's GlobalAveragePooling1D
# Expect: fail
import keras


def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalAveragePooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([extractor(readings), patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
