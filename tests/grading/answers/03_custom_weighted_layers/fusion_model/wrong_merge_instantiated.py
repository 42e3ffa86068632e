# Misconception: thought merge is a class and instantiated it: merge()(branches)
# (explained by raised._layer_called_empty from the learner's line and frame, no table entry)
# Expect: fail "`merge` is already a layer \(a WeightedMerge object"
import keras


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyr = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    branches = [keras.layers.Dense(4, activation="relu")(x) for x in (acc, gyr, mag)]
    fused = merge()(branches)
    return keras.Model([acc, gyr, mag], keras.layers.Dense(1)(fused))
