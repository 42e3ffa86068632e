# Misconception: took get_layer("features").input as "the features"
# (explained by grafting_networks._early_cut from the learner's code and the cut, no table entry)
# Expect: fail "base cut at the input of 'features' \(what 'norm' makes\)[\s\S]*get_layer\('features'\)\.input is the tensor 'features' reads"
import keras


def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").input)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
