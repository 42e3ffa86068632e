# Alternative: a subclassed keras.Model holding the three branches, the merge and the head
# Expect: pass
class Fusion(keras.Model):
    def __init__(self, merge, **kwargs):
        super().__init__(**kwargs)
        self.branches = [keras.layers.Dense(4, activation="relu") for _ in range(3)]
        self.merge = merge
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        return self.head(self.merge([b(x) for b, x in zip(self.branches, inputs)]))


def build_fusion_model(merge):
    inputs = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    outputs = Fusion(merge)(inputs)
    return keras.Model(inputs, outputs)
