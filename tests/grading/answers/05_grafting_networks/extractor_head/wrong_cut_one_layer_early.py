# Misconception: counting layers from the end, base.layers[-3] is 'features'
# (it is 'norm': base.layers[-1] is the old head, [-2] is 'features').
# Expect: fail "base cut after 'norm': 'features' missing"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.layers[-3].output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(features))
