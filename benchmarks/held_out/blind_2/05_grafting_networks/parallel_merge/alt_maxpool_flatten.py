# Alternative: MaxPooling1D over all 5 positions, then Flatten
# Expect: pass
import keras


def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    for model in (extractor, pattern_net):
        model.trainable = False
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.Flatten()(keras.layers.MaxPooling1D(pool_size=5)(pattern_net(readings)))
    merged = keras.layers.concatenate([extractor(readings), patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
