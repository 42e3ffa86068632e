# Alternative: cut at old_head's input (the same tensor as features' output); base frozen as a whole first
# Expect: pass
import keras


def build_service_model(base):
    base.trainable = False
    extractor = keras.Model(inputs=base.inputs, outputs=base.get_layer("old_head").input, name="extractor")
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(features))
