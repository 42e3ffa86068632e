# Misconception: optimizer="sgd" gives a small rate (its default, 0.01, is for training from
# scratch) (explained from the optimizer's default rate by grafting_networks.check_learning_rate,
# no table entry)
# Expect: fail "0\.01, SGD.s default learning rate"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    return model
