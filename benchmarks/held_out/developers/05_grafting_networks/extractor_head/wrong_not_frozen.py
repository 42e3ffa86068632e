# Misconception: training=False is enough, no freeze
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings, training=False)))
