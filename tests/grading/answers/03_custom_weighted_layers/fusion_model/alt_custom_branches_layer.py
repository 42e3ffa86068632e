# Alternative: the three branches held by a custom Layer (three Dense sublayers), its
# list of outputs given to the merge.
# Expect: pass
class SensorBranches(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.denses = [keras.layers.Dense(4, activation="relu") for _ in range(3)]

    def call(self, inputs):
        return [dense(x) for dense, x in zip(self.denses, inputs, strict=True)]


def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    return keras.Model(sensors, keras.layers.Dense(1)(merge(SensorBranches()(sensors))))
