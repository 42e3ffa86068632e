# Alternative: a custom Layer holds the three branches and the merge it is given, and a
# functional model wraps it.
# Expect: pass
class SensorFusion(keras.layers.Layer):
    def __init__(self, merge, **kwargs):
        super().__init__(**kwargs)
        self.branches = [keras.layers.Dense(4, activation="relu") for _ in range(3)]
        self.merge = merge
        self.head = keras.layers.Dense(1)

    def call(self, sensors):
        mixed = self.merge([branch(s) for branch, s in zip(self.branches, sensors, strict=True)])
        return self.head(mixed)


def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    return keras.Model(sensors, SensorFusion(merge)(sensors))
